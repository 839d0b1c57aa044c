import { Link, NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthContext.tsx';

export function Layout() {
  const { user, signOut } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <Link to="/" className="brand">Stepwise</Link>
        <nav aria-label="Main">
          {user ? (
            <>
              <NavLink to="/">Next step</NavLink>
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
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
