import { UsageError } from './UsageError.js';

export function parseFraction(flag: string, value: unknown): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number >= 1) {
    throw new UsageError(`${flag} must be a fraction between 0 and 1 (e.g. 0.35), got "${String(value)}"`);
  }
  return number;
}

export function parsePositiveInteger(flag: string, value: unknown, max = Number.MAX_SAFE_INTEGER): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${String(value)}"`);
  }
  return number;
}

export function parsePositiveNumber(flag: string, value: unknown): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new UsageError(`${flag} must be a positive number, got "${String(value)}"`);
  }
  return number;
}

export function parseInteger(flag: string, value: unknown): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new UsageError(`${flag} must be a whole number, got "${String(value)}"`);
  return number;
}
