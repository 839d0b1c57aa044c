import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useAuth } from '../auth/AuthContext.tsx';

export function AuthForm({ mode }: { mode: 'signin' | 'signup' }) {
  const { user, signIn, signUp } = useAuth();
  const navigate = useNavigate();
  // RequireAuth sends people here with the page they wanted; only same-site paths are followed.
  const wanted = (useLocation().state as { from?: unknown } | null)?.from;
  const destination = typeof wanted === 'string' && wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const signingUp = mode === 'signup';

  if (user) return <Navigate to={destination} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFields({});
    try {
      await (signingUp ? signUp : signIn)(email, password);
      navigate(destination, { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError) {
        setError(caught.code === 'RATE_LIMITED' ? `${caught.message}` : caught.message);
        setFields(caught.fieldMessages());
      } else {
        setError('Something went wrong. Please try again.');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title">{signingUp ? 'Create your account' : 'Sign in'}</h1>
      <form onSubmit={submit} noValidate>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fields.email ? true : undefined} aria-describedby={fields.email ? 'email-error' : undefined} />
        {fields.email && <p id="email-error" className="field-error">Email {fields.email}.</p>}
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete={signingUp ? 'new-password' : 'current-password'} required minLength={signingUp ? 10 : undefined}
          value={password} onChange={(e) => setPassword(e.target.value)}
          aria-invalid={fields.password ? true : undefined} aria-describedby={signingUp ? 'password-help' : undefined} />
        {signingUp && <p id="password-help" className="hint">At least 10 characters, not your email.</p>}
        {fields.password && <p className="field-error">Password {fields.password}.</p>}
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? 'Please wait…' : signingUp ? 'Create account' : 'Sign in'}
        </button>
      </form>
      <p>
        {signingUp ? <>Already have an account? <Link to="/signin">Sign in</Link></> : <>New here? <Link to="/signup">Create an account</Link></>}
      </p>
    </section>
  );
}
