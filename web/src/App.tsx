import { useEffect, useState } from 'react';

interface Health {
  status: string;
  version: string;
  database: { status: string };
}

export function App() {
  const [health, setHealth] = useState<Health | 'loading' | 'unreachable'>('loading');

  useEffect(() => {
    fetch('/api/health')
      .then((res) => res.json() as Promise<Health>)
      .then(setHealth, () => setHealth('unreachable'));
  }, []);

  return (
    <main className="landing">
      <h1>Stepwise</h1>
      <p>Learn Node.js backend development one focused step at a time: practise, check what stuck, and follow a path that adapts to you.</p>
      <p role="status" aria-live="polite">
        {health === 'loading' && 'Checking the server…'}
        {health === 'unreachable' && 'The server cannot be reached.'}
        {typeof health === 'object' && `Server ${health.status}, version ${health.version}, database ${health.database.status}.`}
      </p>
    </main>
  );
}
