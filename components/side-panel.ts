import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';

/**
 * Returns a click handler that opens the side panel (Chrome) or sidebar
 * (Firefox). The window id is looked up ahead of time because open() must be
 * called synchronously inside the click, or the browser refuses it.
 */
export function useSidePanelOpener(beforeOpen?: () => void): () => void {
  const windowId = useRef<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => (windowId.current = w.id));
  }, []);
  return () => {
    beforeOpen?.();
    if (import.meta.env.FIREFOX) {
      // Firefox's sidebar API is not in Chrome's types.
      void (browser as unknown as FirefoxSidebar).sidebarAction.open();
    } else if (windowId.current !== undefined) {
      void browser.sidePanel.open({ windowId: windowId.current });
    }
  };
}

interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}
