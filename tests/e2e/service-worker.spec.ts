// A service worker that was asleep must still answer: Chrome stops idle
// workers after ~30 s, and the next message has to wake it.
import { expect, stopServiceWorkers, test } from './fixtures';

test('a stopped service worker wakes for the next message and keeps the data', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await expect(popup.getByText('Day 1 of 7')).toBeVisible();

  await stopServiceWorkers(popup);

  const reply = await popup.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime;
    return runtime.sendMessage({ type: 'draft.save', payload: { title: 'After sleep', body: 'Could you bring chairs on Sunday?' } });
  });
  expect(reply).toMatchObject({ ok: true, data: { id: expect.any(String) } });

  await popup.reload();
  await expect(popup.getByText('Day 1 of 7')).toBeVisible();
  const titles = await popup.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('reciprocity');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result.map((d: { title: string }) => d.title));
        };
      }),
  );
  expect(titles).toEqual(['After sleep']);
});
