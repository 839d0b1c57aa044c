// Express, for every runtime variant that serves an app.
import express from 'express';
import { provideLibrary } from './modules.ts';

provideLibrary('express', express);
