import { expect, test } from 'vitest';
import { describeDbError } from '@/lib/db';

test('quota errors say nothing was lost and how to make room', () => {
  const message = describeDbError(new DOMException('full', 'QuotaExceededError'));
  expect(message).toMatch(/no room left/);
  expect(message).toMatch(/Nothing already saved was lost/);
});

test('Dexie-wrapped errors are described by their inner cause', () => {
  const wrapped = { name: 'OpenFailedError', inner: { name: 'VersionError' } };
  expect(describeDbError(wrapped)).toMatch(/newer version/);
});

test('unknown failures still get a calm, plain sentence', () => {
  expect(describeDbError('boom')).toMatch(/could not reach its storage/);
  expect(describeDbError(undefined)).toMatch(/could not reach its storage/);
});
