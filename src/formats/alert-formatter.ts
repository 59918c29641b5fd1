import type { Alert } from '../../schemas/alert.js';

/** Renders one alert as one line (no trailing newline). */
export type AlertFormatter = (alert: Alert) => string;

/** The native v1 JSON rendering. */
export const jsonFormat: AlertFormatter = (alert) => JSON.stringify(alert);
