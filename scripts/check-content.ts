/** Kept for muscle memory: the content check is the corpus build (scripts/build-corpus.ts), which prints the report. */
import './build-corpus';
