import { describe, expect, it } from 'vitest';
import { aliasSeen } from '../../glossary/seen-as';

const tamsulosin = { term: 'tamsulosin', aliases: ['Flomax'] };
const mtDna = { term: 'mitochondrial DNA', aliases: ['mtDNA'] };
const crohns = { term: "Crohn's disease", aliases: ["Crohn's", 'regional enteritis'] };
const artery = { term: 'artery', aliases: [] };

describe('the alias a page used for an entry', () => {
  it('is named, as the entry spells it, when the page used an alias', () => {
    expect(aliasSeen(tamsulosin, 'Flomax')).toBe('Flomax');
    expect(aliasSeen(tamsulosin, 'FLOMAX')).toBe('Flomax');
    expect(aliasSeen(tamsulosin, 'Flomax’s')).toBe('Flomax');
    expect(aliasSeen(mtDna, 'mtDNA')).toBe('mtDNA');
    expect(aliasSeen(crohns, 'regional  enteritis')).toBe('regional enteritis');
  });

  it('keeps a possessive that is part of the alias itself', () => {
    expect(aliasSeen(crohns, "Crohn's")).toBe("Crohn's");
    expect(aliasSeen(crohns, 'Crohn’s')).toBe("Crohn's");
  });

  it('is null for the term itself and its forms, where the heading already says the word', () => {
    expect(aliasSeen(tamsulosin, 'Tamsulosin')).toBeNull();
    expect(aliasSeen(artery, 'arteries')).toBeNull();
    expect(aliasSeen(artery, "artery's")).toBeNull();
    expect(aliasSeen(mtDna, 'Mitochondrial DNA')).toBeNull();
    expect(aliasSeen(crohns, "Crohn's disease")).toBeNull();
  });
});
