// Storage trouble is said plainly, and nothing already saved is lost.
import { expect, test } from './fixtures';

test('a database changed by another version opens without losing its data', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await expect(page.getByRole('button', { name: 'Start the 7-day reset' })).toBeVisible();
  // Simulate data written by a future release: same database, much higher version.
  await page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    await Promise.all(
      dbs.map(
        (d) =>
          new Promise<void>((resolve) => {
            const del = indexedDB.deleteDatabase(d.name ?? '');
            del.onsuccess = del.onerror = del.onblocked = () => resolve();
          }),
      ),
    );
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('reciprocity', 99_000);
      open.onupgradeneeded = () => open.result.createObjectStore('future').put('kept', 'k');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
  });
  // Dexie adds our missing tables alongside whatever is there; nothing is dropped.
  const fresh = await openExtensionPage('popup.html');
  await fresh.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await expect(fresh.getByText('Day 1 of 7')).toBeVisible();
  const kept = await fresh.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('reciprocity');
        open.onsuccess = () => {
          const get = open.result.transaction('future').objectStore('future').get('k');
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  expect(kept).toBe('kept');
});

test('a write that fails for lack of room is explained plainly', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await expect(page.getByRole('button', { name: 'Start the 7-day reset' })).toBeVisible();
  // The browser raises QuotaExceededError from a failed write; any unhandled one reaches the banner.
  await page.evaluate(() => {
    void Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  });
  await expect(page.getByRole('alert')).toContainText('no room left');
  await expect(page.getByRole('alert')).toContainText('Nothing already saved was lost');
});
