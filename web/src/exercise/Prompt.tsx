// The exercise prompt: Markdown with highlighted code. Headings move down one level because
// the page's own h1 is the exercise title.
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';

const components: Components = {
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h5 {...props} />,
  pre: ({ node: _node, ...props }) => <pre tabIndex={0} {...props} />,
};

export function Prompt({ markdown }: { markdown: string }) {
  return (
    <div className="prompt markdown">
      <ReactMarkdown rehypePlugins={[rehypeHighlight]} components={components}>{markdown}</ReactMarkdown>
    </div>
  );
}
