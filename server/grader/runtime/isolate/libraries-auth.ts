// bcrypt and jsonwebtoken, for the variant auth exercises run in.
import jwt from 'jsonwebtoken';
import { bcrypt } from './bcrypt.ts';
import { provideLibrary } from './modules.ts';

provideLibrary('bcrypt', bcrypt);
provideLibrary('jsonwebtoken', jwt);
