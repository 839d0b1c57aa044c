import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext.tsx';

export function Home() {
  const { user } = useAuth();
  if (!user) {
    return (
      <section className="landing">
        <h1>Learn Node.js backends one step at a time</h1>
        <p>Stepwise picks your next step from what you have shown, grades real Express, SQL and auth code on the server, and points you back to the gap when something does not stick.</p>
        <p><Link className="button" to="/signup">Start learning</Link> <Link to="/signin">I have an account</Link></p>
      </section>
    );
  }
  return (
    <section aria-labelledby="next-title">
      <h1 id="next-title">Welcome, {user.email}</h1>
      <p>Your next step will appear here once the roadmap is loaded.</p>
    </section>
  );
}
