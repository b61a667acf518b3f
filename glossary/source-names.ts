/**
 * Entries name their source briefly ("NIDDK"); a reader meets these abbreviations nowhere else,
 * so cards spell them out. The pack keeps the short form (it is what the editors write); this map
 * is applied only when a source is shown.
 */
const FULL_NAMES: Readonly<Record<string, string>> = {
  ACOG: 'American College of Obstetricians and Gynecologists',
  ADA: 'American Dental Association',
  ATSDR: 'Agency for Toxic Substances and Disease Registry',
  CDC: 'Centers for Disease Control and Prevention',
  CMS: 'Centers for Medicare & Medicaid Services',
  DEA: 'U.S. Drug Enforcement Administration',
  EPA: 'U.S. Environmental Protection Agency',
  FDA: 'U.S. Food and Drug Administration',
  GARD: 'Genetic and Rare Diseases Information Center',
  HRSA: 'Health Resources and Services Administration',
  NCCIH: 'National Center for Complementary and Integrative Health',
  NCI: 'National Cancer Institute',
  NHGRI: 'National Human Genome Research Institute',
  NHLBI: 'National Heart, Lung, and Blood Institute',
  NHS: 'National Health Service (UK)',
  NIA: 'National Institute on Aging',
  NIAAA: 'National Institute on Alcohol Abuse and Alcoholism',
  NIAID: 'National Institute of Allergy and Infectious Diseases',
  NIAMS: 'National Institute of Arthritis and Musculoskeletal and Skin Diseases',
  NIBIB: 'National Institute of Biomedical Imaging and Bioengineering',
  NICHD: 'Eunice Kennedy Shriver National Institute of Child Health and Human Development',
  NIDA: 'National Institute on Drug Abuse',
  NIDCD: 'National Institute on Deafness and Other Communication Disorders',
  NIDCR: 'National Institute of Dental and Craniofacial Research',
  NIDDK: 'National Institute of Diabetes and Digestive and Kidney Diseases',
  NIEHS: 'National Institute of Environmental Health Sciences',
  NIGMS: 'National Institute of General Medical Sciences',
  NIH: 'National Institutes of Health',
  NIMH: 'National Institute of Mental Health',
  NINDS: 'National Institute of Neurological Disorders and Stroke',
  NIOSH: 'National Institute for Occupational Safety and Health',
  OSHA: 'U.S. Occupational Safety and Health Administration',
  SAMHSA: 'Substance Abuse and Mental Health Services Administration',
  USDA: 'U.S. Department of Agriculture',
  WHO: 'World Health Organization',
};

/** A source written as an abbreviation: capital letters only ("NIDDK", "CDC"). */
export function isAbbreviatedSource(source: string): boolean {
  return /^[A-Z]{2,8}$/.test(source.trim());
}

/** The source as a card shows it: "Full name (ABBR)" for a known abbreviation, otherwise as written. */
export function sourceLabel(source: string): string {
  const trimmed = source.trim();
  const full = Object.hasOwn(FULL_NAMES, trimmed) ? FULL_NAMES[trimmed] : undefined;
  return full ? `${full} (${trimmed})` : source;
}
