// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Roadmap } from '../pages/Roadmap.tsx';
import { progressFixture, roadmapFixture } from './fixtures.ts';
import { RoadmapList } from './RoadmapList.tsx';
import { topicRows } from './roadmapModel.ts';
import { serve } from './test-utils.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RoadmapList', () => {
  it('lists every topic by level with its mastery in words, its level and its prerequisites', () => {
    render(<MemoryRouter><RoadmapList rows={topicRows(roadmapFixture, progressFixture)} /></MemoryRouter>);
    const core = screen.getByRole('region', { name: 'Core topics' });
    const items = within(core).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link', { name: /^(JavaScript fundamentals|Express)$/ }).textContent)).toEqual(['JavaScript fundamentals', 'Express']);
    expect(items[0]!.textContent).toContain('Mastery: Mastered (97%)');
    expect(items[1]!.textContent).toContain('Mastery: Practising (42%)');
    expect(items[1]!.textContent).toContain('Builds on: JavaScript fundamentals');
    expect(items[1]!.textContent).toContain('Your goal');
    const advanced = screen.getByRole('region', { name: 'Advanced topics' });
    expect(within(advanced).getByRole('listitem').textContent).toContain('Mastery: Not started (10%)');
    expect(within(advanced).getByText('Advanced')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'First exercise: Hello, Express' }).getAttribute('href')).toBe('/exercises/express-hello');
    expect(screen.getByRole('link', { name: 'Quiz: Caching' }).getAttribute('href')).toBe('/topics/caching/quiz');
  });

  it('the roadmap page draws the graph with labelled topic links and switches to the list', async () => {
    serve((method, url) => {
      if (url === '/api/roadmap') return { status: 200, body: roadmapFixture };
      if (url === '/api/progress') return { status: 200, body: progressFixture };
      return undefined;
    });
    render(<MemoryRouter><Roadmap /></MemoryRouter>);
    expect(await screen.findByRole('heading', { name: 'Backend development with Node.js' })).toBeTruthy();
    const node = await screen.findByRole('link', { name: 'Express: Core topic, mastery Practising (42%), your goal' });
    expect(node.getAttribute('href')).toBe('/topics/express');
    expect(screen.getByRole('group', { name: 'Legend' }).textContent).toContain('Mastered');
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('region', { name: 'Core topics' })).toBeTruthy();
  });

  it('shows an error with a retry when the roadmap does not load', async () => {
    let fail = true;
    serve((method, url) => {
      if (url === '/api/roadmap') return fail ? { status: 500, body: { error: { code: 'INTERNAL', message: 'Something broke on our side.' } } } : { status: 200, body: roadmapFixture };
      if (url === '/api/progress') return { status: 200, body: progressFixture };
      return undefined;
    });
    render(<MemoryRouter><Roadmap /></MemoryRouter>);
    expect((await screen.findByRole('alert')).textContent).toContain('Something broke on our side.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Map' })).toBeTruthy();
  });
});
