import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh element in the document for each test of the calling file, with
 * whatever Preact rendered into it unmounted and the element removed after.
 */
export function mountPoint(): () => HTMLElement {
  let element: HTMLElement;
  beforeEach(() => {
    element = document.createElement('div');
    document.body.append(element);
  });
  afterEach(() => {
    render(null, element);
    element.remove();
  });
  return () => element;
}
