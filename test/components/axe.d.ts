// axe-core's browser build registers itself as window.axe (as chai-a11y-axe loads it).
// Only what the tests use of it.
declare module 'axe-core/axe.min.js' {}

interface AxeVirtualNode {
  actualNode?: Node;
}

interface Window {
  axe?: {
    setup(root?: Element | Document): AxeVirtualNode;
    teardown(): void;
    utils: { getNodeFromTree(node: Node): AxeVirtualNode | null };
    commons: { text: { accessibleTextVirtual(node: AxeVirtualNode): string } };
  };
}
