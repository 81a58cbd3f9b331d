import { expect, test } from 'vitest';
import { pageWorld } from '../../../entrypoints/compose-helper/write-back';

// Stand-ins for two JavaScript worlds' constructors; pageWorld only chooses between them.
const worldOf = (name: string) => ({
  DataTransfer: class { world = name; },
  InputEvent: class { world = name; },
  ClipboardEvent: class { world = name; },
});

test('in Chrome the events are built where the helper runs', () => {
  const own = worldOf('isolated');
  const world = pageWorld(own as unknown as Window, {});
  expect(new world.DataTransfer()).toMatchObject({ world: 'isolated' });
  const init = { bubbles: true };
  expect(world.init(init)).toBe(init);
});

test('in Firefox the event, its init and its DataTransfer come from the page', () => {
  const page = worldOf('page');
  const cloned: unknown[] = [];
  const own = { ...worldOf('content-script'), wrappedJSObject: page };
  // cloneInto lives on the content script's own global, not on the window.
  const sandbox = {
    cloneInto: <T,>(value: T, _scope: unknown, options: unknown) => {
      cloned.push(options);
      return { ...value, clonedIntoPage: true } as T;
    },
  };
  const world = pageWorld(own as unknown as Window, sandbox);
  expect(new world.DataTransfer()).toMatchObject({ world: 'page' });
  expect(new world.InputEvent('beforeinput')).toMatchObject({ world: 'page' });
  expect(new world.ClipboardEvent('paste')).toMatchObject({ world: 'page' });
  expect(world.init({ bubbles: true })).toEqual({ bubbles: true, clonedIntoPage: true });
  // The DataTransfer in the init is a DOM object: it must cross as itself.
  expect(cloned).toEqual([{ wrapReflectors: true }]);
});
