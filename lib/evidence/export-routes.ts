/** URLs of the evidence-model downloads: statements, trials and drugs as JSON (each with its JSON Schema) and TSV. */
export const EVIDENCE_JSON_PATH = '/api/evidence.json';
export const EVIDENCE_SCHEMA_PATH = '/api/evidence.schema.json';
export const EVIDENCE_TSV_PATH = '/api/evidence.tsv';
export const TRIALS_JSON_PATH = '/api/trials.json';
export const TRIALS_SCHEMA_PATH = '/api/trials.schema.json';
export const DRUGS_JSON_PATH = '/api/drugs.json';
export const DRUGS_SCHEMA_PATH = '/api/drugs.schema.json';
