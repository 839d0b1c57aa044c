// Lesson Markdown with highlighted code; loaded only on the lesson page (react-markdown and
// highlight.js are the heaviest parts of the learner app after the graph).
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import { Link } from 'react-router';
import './markdown.css';

const components: Components = {
  // Internal links stay in the app; external ones open normally.
  a: ({ href = '', children }) => (href.startsWith('/') ? <Link to={href}>{children}</Link> : <a href={href} rel="noreferrer">{children}</a>),
  // Code blocks can be wider than a phone: let them scroll, and reach them by keyboard.
  pre: ({ children }) => <pre tabIndex={0}>{children}</pre>,
};

export default function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown rehypePlugins={[[rehypeHighlight, { detect: false }]]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
