// Fails while loading: the grader refuses modules outside the exercise.
import fs from 'node:fs';

export default fs;
