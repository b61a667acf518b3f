/**
 * Test PDFs for the reader, made here with pdf-lib (and @pdfsmaller/pdf-encrypt-lite for the
 * password-protected one): nothing is downloaded. Used by tests/browser/reader.test.ts, the
 * reader benchmark and `npm run demo -- --pdf`.
 */
import { encryptPDF } from '@pdfsmaller/pdf-encrypt-lite';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const A4: [number, number] = [595, 842];

function lines(page: PDFPage, font: PDFFont, x: number, top: number, texts: string[], size = 11, leading = 16): void {
  texts.forEach((text, i) => page.drawText(text, { x, y: top - i * leading, size, font, color: rgb(0.1, 0.1, 0.1) }));
}

async function save(doc: PDFDocument): Promise<Uint8Array> {
  // No object streams: the plain layout the encryption helper and every reader understand.
  return doc.save({ useObjectStreams: false });
}

/** A two-column report: the left column is written first, as real reports are. */
async function twoColumnReport(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Cardiology report');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage(A4);
  page.drawText('Cardiology clinic report', { x: 50, y: 780, size: 18, font: bold });
  lines(page, font, 50, 740, [
    'The patient was seen for palpitations.',
    'An ECG showed tachycardia at rest and',
    'an irregular rhythm consistent with an',
    'arrhythmia. Blood tests found mild',
    'anemia, which may add to the symptoms.',
  ]);
  lines(page, font, 310, 740, [
    'Her cholesterol is within range. A',
    'migraine history was noted; the',
    'tachycardia is not thought to be',
    'related. No biopsy is needed at this',
    'stage. Review in three months.',
  ]);
  return save(doc);
}

/** A three-page leaflet, terms on every page. */
async function leaflet(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [
    ['Living with asthma', 'Asthma makes the airways narrow. An inhaler', 'with a steroid calms the inflammation over time.'],
    ['Infections', 'An antibiotic treats infections caused by bacteria.', 'Take every antibiotic dose, even when you feel better.'],
    ['Diabetes', 'In diabetes the body does not use insulin well.', 'Checking blood sugar helps you adjust insulin doses.'],
  ];
  for (const [title, ...body] of pages) {
    const page = doc.addPage(A4);
    page.drawText(title!, { x: 50, y: 780, size: 20, font });
    lines(page, font, 50, 740, body);
  }
  return save(doc);
}

/** "high blood pressure" broken over two lines, and "muscle spasm" over two more. */
async function brokenTerm(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  lines(page, font, 50, 760, [
    'Your doctor says you have high blood',
    'pressure and sometimes a muscle',
    'spasm in the leg at night.',
  ]);
  return save(doc);
}

/**
 * Words hyphenated at line ends: "hypo-" / "plasia", the compound "X-" / "ray", "heart-" / "burn";
 * and two breaks that must stay apart: "Hypo-" before a capital, "hypo-" in mid-line.
 */
async function hyphenated(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  lines(page, font, 50, 760, [
    'The scan showed mild hypo-',
    'plasia was noted. A chest X-',
    'ray was clear, and the heart-',
    'burn has settled. Hypo-',
    'Plasia Ward is on level 2; a hypo- plasia note.',
  ]);
  return save(doc);
}

/** Rare words the glossary does not hold (word-parts guesses), beside one it does. */
async function rareWords(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  lines(page, font, 50, 760, [
    'On examination there was nephroptosis of the right',
    'kidney and onychomalacia of two nails. An earlier',
    'pyelonephritis has cleared. The understanding is good.',
  ]);
  return save(doc);
}

/** A long document of text pages (the benchmark's: 100 pages). */
export async function longDocument(pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const sentences = [
    'Regular checks of blood pressure help find problems early.',
    'A patient with anemia may feel tired and short of breath.',
    'The clinic measured cholesterol and blood sugar on the same day.',
    'Tachycardia means the heart beats faster than usual at rest.',
    'An antibiotic does not help with a cold caused by a virus.',
    'People with asthma should carry their inhaler at all times.',
    'The biopsy result will be discussed at the next appointment.',
    'Some people with migraine notice flashing lights beforehand.',
  ];
  for (let p = 0; p < pageCount; p++) {
    const page = doc.addPage(A4);
    page.drawText(`Section ${p + 1}`, { x: 50, y: 790, size: 16, font });
    const body: string[] = [];
    for (let i = 0; i < 44; i++) body.push(sentences[(p + i) % sentences.length]!);
    lines(page, font, 50, 760, body, 10, 16);
  }
  return save(doc);
}

/** A page with no text at all, only a drawn picture: what a scanned document looks like. */
async function scannedLike(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(A4);
  for (let i = 0; i < 30; i++) page.drawRectangle({ x: 50, y: 780 - i * 22, width: 300 + ((i * 37) % 180), height: 9, color: rgb(0.3, 0.3, 0.3) });
  return save(doc);
}

export const PASSWORD = 'termlight-secret';

/** The leaflet, encrypted (RC4 128-bit, standard security handler) with PASSWORD. */
async function passwordProtected(): Promise<Uint8Array> {
  return encryptPDF(await brokenTerm(), PASSWORD);
}

/** A PDF cut off after its first third and padded with junk: damaged beyond repair. */
async function corrupt(): Promise<Uint8Array> {
  const whole = await leaflet();
  const cut = whole.slice(0, Math.floor(whole.length / 3));
  const junk = new TextEncoder().encode('\n%% damaged %%\n'.repeat(20));
  const out = new Uint8Array(cut.length + junk.length);
  out.set(cut);
  out.set(junk, cut.length);
  // Break the header's body too, so no repair finds a page.
  return out.map((byte, i) => (i > 20 && i % 7 === 0 ? 0x20 : byte));
}

const NOT_A_PDF = new TextEncoder().encode('<!doctype html><title>Not a PDF</title><p>This is a web page, not a PDF.</p>');

/** Every fixture by file name, for serving or writing to disk. */
export async function readerFixtures(): Promise<Record<string, Uint8Array>> {
  return {
    'report.pdf': await twoColumnReport(),
    'leaflet.pdf': await leaflet(),
    'broken-term.pdf': await brokenTerm(),
    'hyphenated.pdf': await hyphenated(),
    'rare-words.pdf': await rareWords(),
    'scanned.pdf': await scannedLike(),
    'protected.pdf': await passwordProtected(),
    'corrupt.pdf': await corrupt(),
    'not-a-pdf.pdf': NOT_A_PDF,
  };
}

/** The demo's sample: a two-page patient leaflet with a two-column page (npm run demo -- --pdf). */
export async function demoLeaflet(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('After your heart check-up');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const first = doc.addPage(A4);
  first.drawText('After your heart check-up', { x: 50, y: 780, size: 22, font: bold, color: rgb(0.06, 0.46, 0.43) });
  first.drawText('A leaflet for patients and their families', { x: 50, y: 755, size: 12, font });
  lines(first, font, 50, 715, [
    'Your ECG showed tachycardia: your heart was',
    'beating faster than usual at rest. Your doctor',
    'also found high blood pressure and a raised',
    'cholesterol level. These can be treated.',
    '',
    'Blood tests showed mild anemia, which can make',
    'you feel tired or short of breath.',
  ], 11, 17);
  lines(first, font, 310, 715, [
    'If you notice an arrhythmia (an irregular',
    'heartbeat), chest pain or fainting, call your',
    'doctor. A statin may be offered to lower',
    'cholesterol. Keep taking any antibiotic you',
    'were given until the course is finished.',
    '',
    'Bring a list of your medicines to every visit.',
  ], 11, 17);
  const second = doc.addPage(A4);
  second.drawText('Questions to ask', { x: 50, y: 780, size: 18, font: bold });
  lines(second, font, 50, 745, [
    'Do I need a biopsy or any other test?',
    'Could my migraine medicine affect my heart?',
    'Is my diabetes or insulin dose part of the picture?',
    'What should I do if the palpitations come back?',
  ], 12, 20);
  return save(doc);
}
