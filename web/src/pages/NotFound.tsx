import { Link } from 'react-router';

export function NotFound({ what }: { what?: 'topic' }) {
  return (
    <section>
      <h1>{what === 'topic' ? 'Topic not found' : 'Page not found'}</h1>
      <p>
        {what === 'topic' ? 'There is no topic with that name on the roadmap. ' : 'There is nothing at this address. '}
        {what === 'topic' && <><Link to="/roadmap">Browse the roadmap</Link> or </>}
        <Link to="/">go to your next step</Link>.
      </p>
    </section>
  );
}
