// `npm run train:parser`: trains the French part-of-speech tagger and dependency parser of
// src/nlp/parse on UD French-Sequoia train + French-GSD dev, plus the files NEWSKG_UD_EXTRA
// lists (see data/models/README.md; never the GSD or Sequoia test file, which ud-eval
// scores), reports
// accuracy on Sequoia dev after each parser epoch, and writes data/models/{tagger,parser}.bin.
// Deterministic: fixed seeds, fixed epoch counts.
import { join } from 'node:path';
import { SHARED_UD, trainModels } from './parse-training.js';
import { dataPath } from '../src/paths.js';

const ud = process.env.NEWSKG_SHARED ? join(process.env.NEWSKG_SHARED, 'ud') : SHARED_UD;
await trainModels(ud, dataPath('models'));
