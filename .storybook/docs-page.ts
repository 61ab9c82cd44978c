/** The Docs page of an element (see ./docs.ts): its blocks load for Docs pages only. */
import { Controls, Description, Heading, Primary, Title, useOf } from '@storybook/addon-docs/blocks';
import { Fragment, createElement as h } from 'react';

/** Links to every story of the file: they run with their own mock, one at a time. */
function StoryLinks() {
  const { csfFile } = useOf('meta', ['meta']);
  return h(
    'ul',
    null,
    Object.values(csfFile.stories).map((story) => h('li', { key: story.id }, h('a', { href: `./?path=/story/${story.id}`, target: '_top' }, story.name))),
  );
}

/**
 * The page itself. Only the primary story is rendered: each story answers from
 * its own mock shop, and a page of stories would share one worker and one cart.
 */
export default function DocsPage() {
  return h(
    Fragment,
    null,
    h(Title),
    h(Description),
    h(Primary),
    h(Heading, null, 'Controls and reference'),
    h('p', null, 'The story’s own controls first; then the element’s attributes, properties, methods, events, slots, parts and custom properties, from its JSDoc.'),
    h(Controls),
    h(Heading, null, 'Stories'),
    h('p', null, 'Every state of the element, each with its own mock shop (the toolbar’s “Mock scenario” adds a situation to any of them):'),
    h(StoryLinks),
  );
}
