import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { displacedEntries, findConflicts, resolveConflicts, type ExistingGlossary } from '../../glossary/import';
import { EntrySchema, type GlossaryEntry } from '../../glossary/schema';

function entry(id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id, term, aliases: [], forms: [], short: 'S.', explanation: 'L.', category: 'other', related: [], source: 'N', reviewed: '2026-11-30', ...extra };
}

const MINE: ExistingGlossary = {
  id: 'user-my-terms',
  name: 'My terms',
  entries: [entry('stroke', 'Stroke'), entry('cva', 'cerebrovascular accident', { aliases: ['brain attack'] }), entry('anemia', 'anaemia')],
};
const CARDIO: ExistingGlossary = { id: 'user-cardio', name: 'Cardio', entries: [entry('bp', 'blood pressure', { aliases: ['BP'] })] };

describe('findConflicts', () => {
  it('finds the same words in any case and with any accents, through terms and aliases', () => {
    const imported = [entry('stroke-2', 'STRÓKE'), entry('ba', 'brain-attack', { aliases: ['Brain attack'] }), entry('tia', 'mini stroke')];
    expect(findConflicts(imported, [MINE, CARDIO])).toEqual([
      {
        id: 'stroke-2',
        term: 'STRÓKE',
        existing: { glossaryId: 'user-my-terms', glossaryName: 'My terms', term: 'Stroke', entryId: 'stroke' },
        reason: 'words',
      },
      {
        id: 'ba',
        term: 'brain-attack',
        existing: { glossaryId: 'user-my-terms', glossaryName: 'My terms', term: 'cerebrovascular accident', entryId: 'cva' },
        reason: 'words',
      },
    ]);
  });

  it('finds the same id even when the words differ, and says when both match', () => {
    const imported = [entry('anemia', 'low haemoglobin'), entry('bp', 'BP')];
    expect(findConflicts(imported, [MINE, CARDIO]).map((c) => [c.id, c.existing.glossaryId, c.reason])).toEqual([
      ['anemia', 'user-my-terms', 'id'],
      ['bp', 'user-cardio', 'id-and-words'],
    ]);
  });

  it('lists one conflict per existing entry an imported entry meets', () => {
    const imported = [entry('stroke', 'blood pressure', { aliases: ['stroke'] })];
    expect(findConflicts(imported, [MINE, CARDIO]).map((c) => c.existing.entryId)).toEqual(['stroke', 'bp']);
  });

  it('finds nothing when nothing clashes, or when there is nothing beside it', () => {
    expect(findConflicts([entry('tia', 'mini stroke')], [MINE, CARDIO])).toEqual([]);
    expect(findConflicts(MINE.entries, [])).toEqual([]);
  });
});

describe('resolveConflicts', () => {
  const imported = [
    entry('stroke', 'stroke', { aliases: ['CVA'] }),
    entry('tia', 'transient ischaemic attack', { related: ['stroke'] }),
  ];
  const conflicts = findConflicts(imported, [MINE]);

  it('keep-theirs keeps every imported entry as it is', () => {
    expect(resolveConflicts(imported, conflicts, 'keep-theirs')).toEqual(imported);
  });

  it('keep-ours leaves out the imported entries that clash', () => {
    expect(resolveConflicts(imported, conflicts, 'keep-ours')).toEqual([imported[1]]);
  });

  it('keep-both renames the clashing entry, keeps it matching its words, and moves links to its new id', () => {
    const resolved = resolveConflicts(imported, conflicts, 'keep-both', { takenIds: ['stroke-imported'] });
    expect(resolved).toEqual([
      entry('stroke-imported-2', 'stroke (imported)', { aliases: ['stroke', 'CVA'] }),
      entry('tia', 'transient ischaemic attack', { related: ['stroke-imported-2'] }),
    ]);
    for (const item of resolved) expect(v.is(EntrySchema, item)).toBe(true);
  });

  it('keep-both stays within the limits for a 100-character term and id', () => {
    const long = entry('x'.repeat(100), 'y'.repeat(100));
    const [renamed] = resolveConflicts([long], findConflicts([long], [{ id: 'g', name: 'G', entries: [long] }]), 'keep-both');
    expect(renamed!.term).toBe(`${'y'.repeat(89)} (imported)`);
    expect(renamed!.id).toBe(`${'x'.repeat(91)}-imported`);
    expect(v.is(EntrySchema, renamed)).toBe(true);
  });

  it('keep-both does not add an alias the entry already has', () => {
    const own = entry('stroke', 'stroke', { aliases: ['Stroke'] });
    const [renamed] = resolveConflicts([own], findConflicts([own], [MINE]), 'keep-both');
    expect(renamed!.aliases).toEqual(['Stroke']);
  });

  it('changes nothing when there are no conflicts', () => {
    expect(resolveConflicts(imported, [], 'keep-both')).toEqual(imported);
  });
});

describe('displacedEntries', () => {
  it('names the existing entries to remove, once each, only for keep-theirs', () => {
    const imported = [entry('stroke', 'stroke'), entry('s2', 'Stroke')];
    const conflicts = findConflicts(imported, [MINE]);
    expect(displacedEntries(conflicts, 'keep-theirs')).toEqual([{ glossaryId: 'user-my-terms', entryId: 'stroke' }]);
    expect(displacedEntries(conflicts, 'keep-ours')).toEqual([]);
    expect(displacedEntries(conflicts, 'keep-both')).toEqual([]);
  });
});
