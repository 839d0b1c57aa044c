// Accounts and sign-in sessions. Refresh tokens rotate on every use; all tokens of one
// sign-in share a familyId, so presenting an already-rotated token (a sign of theft) revokes
// the whole family.
import { randomUUID } from 'node:crypto';
import { Prisma } from '@prisma/client';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords.ts';
import { hashRefreshToken, newRefreshToken, signAccessToken, type Role } from './tokens.ts';

export interface AccountSettings {
  jwtSecret: string;
  accessTtlSeconds: number;
  refreshTtlDays: number;
  bcryptCost: number;
}

export interface PublicUser {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
}

export interface IssuedTokens {
  user: PublicUser;
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const toPublicUser = (user: { id: string; email: string; role: Role; createdAt: Date }): PublicUser => ({
  id: user.id,
  email: user.email,
  role: user.role,
  createdAt: user.createdAt.toISOString(),
});

export function createAccountService(db: Db, settings: AccountSettings, now: () => Date) {
  // Compared against when the email is unknown so both paths cost one bcrypt verification.
  const dummyHash = hashPassword('not-a-real-password', settings.bcryptCost);

  async function issueTokens(user: PublicUser, familyId: string, tx: Prisma.TransactionClient | Db = db): Promise<IssuedTokens> {
    const issuedAt = now();
    const refreshToken = newRefreshToken();
    const refreshTokenExpiresAt = new Date(issuedAt.getTime() + settings.refreshTtlDays * 86_400_000);
    await tx.refreshSession.create({
      data: { userId: user.id, familyId, tokenHash: hashRefreshToken(refreshToken), expiresAt: refreshTokenExpiresAt, createdAt: issuedAt },
    });
    const accessToken = signAccessToken({ sub: user.id, role: user.role }, { secret: settings.jwtSecret, accessTtlSeconds: settings.accessTtlSeconds }, issuedAt);
    return { user, accessToken, accessTokenExpiresIn: settings.accessTtlSeconds, refreshToken, refreshTokenExpiresAt };
  }

  return {
    async register(input: { email: string; password: string }): Promise<IssuedTokens> {
      const email = normalizeEmail(input.email);
      checkPasswordStrength(input.password, email);
      const passwordHash = await hashPassword(input.password, settings.bcryptCost);
      try {
        const user = await db.user.create({ data: { email, passwordHash, createdAt: now() } });
        return await issueTokens(toPublicUser(user), randomUUID());
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('EMAIL_TAKEN');
        throw error;
      }
    },

    async login(input: { email: string; password: string }): Promise<IssuedTokens> {
      const user = await db.user.findUnique({ where: { email: normalizeEmail(input.email) } });
      const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
      if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
      return issueTokens(toPublicUser(user), randomUUID());
    },

    async refresh(presented: string | undefined): Promise<IssuedTokens> {
      if (!presented) throw new AppError('REFRESH_TOKEN_MISSING');
      const at = now();
      const session = await db.refreshSession.findUnique({ where: { tokenHash: hashRefreshToken(presented) }, include: { user: true } });
      if (!session || session.revokedAt) throw new AppError('REFRESH_TOKEN_INVALID');
      if (session.expiresAt <= at) throw new AppError('REFRESH_TOKEN_INVALID');
      return db.$transaction(async (tx) => {
        // The conditional update makes rotation single-use even under concurrent refreshes.
        const rotated = await tx.refreshSession.updateMany({ where: { id: session.id, rotatedAt: null, revokedAt: null }, data: { rotatedAt: at } });
        if (rotated.count === 0) {
          await tx.refreshSession.updateMany({ where: { familyId: session.familyId, revokedAt: null }, data: { revokedAt: at } });
          return null;
        }
        return issueTokens(toPublicUser(session.user), session.familyId, tx);
      }).then((tokens) => {
        if (!tokens) throw new AppError('REFRESH_TOKEN_REUSED');
        return tokens;
      });
    },

    /** Signs out the sign-in the token belongs to; unknown tokens are ignored. */
    async logout(presented: string | undefined): Promise<void> {
      if (!presented) return;
      const session = await db.refreshSession.findUnique({ where: { tokenHash: hashRefreshToken(presented) } });
      if (!session) return;
      await db.refreshSession.updateMany({ where: { familyId: session.familyId, revokedAt: null }, data: { revokedAt: now() } });
    },

    async getUser(id: string): Promise<PublicUser> {
      const user = await db.user.findUnique({ where: { id } });
      if (!user) throw new AppError('USER_NOT_FOUND');
      return toPublicUser(user);
    },

    async setRole(id: string, role: Role): Promise<PublicUser> {
      try {
        // Refresh reads the role from the database, so the change reaches the user's next
        // access token (within the access-token lifetime) without signing them out.
        return toPublicUser(await db.user.update({ where: { id }, data: { role } }));
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') throw new AppError('USER_NOT_FOUND');
        throw error;
      }
    },

    /** Deleting an account cascades to everything the learner owns. */
    async deleteAccount(id: string, password: string): Promise<void> {
      const user = await db.user.findUnique({ where: { id } });
      if (!user) throw new AppError('USER_NOT_FOUND');
      if (!(await verifyPassword(password, user.passwordHash))) throw new AppError('INVALID_CREDENTIALS');
      await db.user.delete({ where: { id } });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
