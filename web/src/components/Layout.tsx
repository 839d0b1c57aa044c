import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext.tsx';
import { ErrorBoundary } from '../learn/ErrorBoundary.tsx';

export function Layout() {
  const { user, signOut } = useAuth();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After client-side navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A page that focused something of its own (a quiz answer) keeps it.
    if (main.current?.contains(document.activeElement)) return;
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <Link to="/" className="brand">Stepwise</Link>
        <nav aria-label="Main">
          {user ? (
            <>
              <NavLink to="/" end>Next step</NavLink>
              <NavLink to="/roadmap">Roadmap</NavLink>
              <NavLink to="/progress">Progress</NavLink>
              {user.role !== 'learner' && <NavLink to="/instructor">Curriculum health</NavLink>}
              <span className="who" aria-label="Signed in as">{user.email}</span>
              <button type="button" className="link-button" onClick={() => void signOut()}>Sign out</button>
            </>
          ) : (
            <>
              <NavLink to="/signin">Sign in</NavLink>
              <NavLink to="/signup">Create account</NavLink>
            </>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<p role="status" className="page-status">Loading…</p>}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
