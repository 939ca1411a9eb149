/** @actions/core as the unit tests of run() see it (jest.unstable_mockModule), after actions/typescript-action. */
import type * as core from '@actions/core';
import { jest } from '@jest/globals';

export const debug = jest.fn<typeof core.debug>();
export const info = jest.fn<typeof core.info>();
export const notice = jest.fn<typeof core.notice>();
export const warning = jest.fn<typeof core.warning>();
export const error = jest.fn<typeof core.error>();
export const getInput = jest.fn<typeof core.getInput>();
export const getMultilineInput = jest.fn<typeof core.getMultilineInput>();
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>();
export const setOutput = jest.fn<typeof core.setOutput>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const setSecret = jest.fn<typeof core.setSecret>();
export const addRaw = jest.fn<(text: string) => unknown>();
export const write = jest.fn<() => Promise<unknown>>();
export const summary = { addRaw, write };

/** Inputs as a map: getInput and getMultilineInput read it as @actions/core reads INPUT_* variables. */
export function setInputs(inputs: Record<string, string>): void {
  getInput.mockImplementation((name) => inputs[name] ?? '');
  getMultilineInput.mockImplementation((name) => (inputs[name] ?? '').split('\n').filter((l) => l.trim() !== ''));
  addRaw.mockImplementation(() => summary);
  write.mockResolvedValue(summary);
}
