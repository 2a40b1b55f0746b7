import { expect } from 'vitest';
import { BridgeError } from '../../../shared/bridge/parse';

/** The BridgeError a call was refused with; the test fails when the call went through. */
export async function refusal(pending: Promise<unknown>): Promise<BridgeError> {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BridgeError);
  return error as BridgeError;
}
