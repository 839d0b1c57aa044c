import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, refreshSession, setAccessToken } from '../api/client.ts';

export interface User {
  id: string;
  email: string;
  role: 'learner' | 'instructor' | 'admin';
  createdAt: string;
}

interface AuthResponse {
  user: User;
  accessToken: string;
}

interface AuthState {
  user: User | null;
  /** True until the refresh cookie has been tried, so pages don't flash "signed out". */
  restoring: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  signUp: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [restoring, setRestoring] = useState(true);

  useEffect(() => {
    let cancelled = false;
    refreshSession()
      .then(async (ok) => (ok ? (await api<{ user: User }>('GET', '/api/me')).user : null))
      .catch(() => null)
      .then((restored) => {
        if (cancelled) return;
        setUser(restored);
        setRestoring(false);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const accept = useCallback((res: AuthResponse) => {
    setAccessToken(res.accessToken);
    setUser(res.user);
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      restoring,
      signIn: async (email, password) => accept(await api<AuthResponse>('POST', '/api/auth/login', { email, password })),
      signUp: async (email, password) => accept(await api<AuthResponse>('POST', '/api/auth/register', { email, password })),
      signOut: async () => {
        await api('POST', '/api/auth/logout').catch(() => undefined);
        setAccessToken(undefined);
        setUser(null);
      },
    }),
    [user, restoring, accept],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
