// Where notifications leave the platform. Adapters are chosen by configuration (NOTIFY_ADAPTER);
// they are called by the outbox handler, so a failing adapter is retried with backoff.

export interface NotificationAdapter {
  /** Sends `text` to a mainland mobile number; throws when it could not be handed over. */
  sendSms(phone: string, text: string): Promise<void>;
}

/** For logs: the first 3 and last 4 digits (138****0001); shorter input is hidden entirely. */
export function maskPhone(phone: string): string {
  return phone.length >= 11 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '*'.repeat(phone.length);
}
