import bcrypt from 'bcrypt';
import { AppError } from '../errors.ts';

export const MIN_PASSWORD_LENGTH = 10;
// bcrypt silently ignores bytes after the 72nd; refusing longer passwords keeps every
// character meaningful.
export const MAX_PASSWORD_BYTES = 72;

// Passwords long enough to pass the length rule that still top every breach list.
const commonPasswords = new Set([
  '1234567890', '12345678910', '0123456789', '0987654321', '1111111111', '1q2w3e4r5t',
  'qwertyuiop', 'password12', 'password123', 'password1234', 'passw0rd123', 'iloveyou12',
  'qwerty1234', 'qwerty12345', 'abcdefghij', 'abc1234567', 'letmein123', 'welcome123',
  'aaaaaaaaaa', 'administrator', 'football123', 'monkey1234', 'dragon1234', 'sunshine12',
]);

export function checkPasswordStrength(password: string, email: string): void {
  const reasons: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) reasons.push(`must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) reasons.push(`must be at most ${MAX_PASSWORD_BYTES} bytes`);
  const lowered = password.toLowerCase();
  if (lowered === email.toLowerCase() || lowered === email.split('@')[0]?.toLowerCase()) {
    reasons.push('must not be your email address');
  }
  if (commonPasswords.has(lowered)) reasons.push('is one of the most common passwords');
  if (/^(.)\1+$/.test(password)) reasons.push('must not repeat a single character');
  if (reasons.length > 0) {
    throw new AppError('WEAK_PASSWORD', { details: reasons.map((message) => ({ path: 'password', message })) });
  }
}

export const hashPassword = (password: string, cost: number) => bcrypt.hash(password, cost);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
