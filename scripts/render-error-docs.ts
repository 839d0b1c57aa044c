import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderErrorDocs } from '../server/errors.ts';

writeFileSync(path.resolve(import.meta.dirname, '../docs/errors.md'), renderErrorDocs());
