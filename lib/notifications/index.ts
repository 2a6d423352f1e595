// Notifications: in-app (bell and Notifications page) and e-mail through the outbox.
import "server-only";
export { createNotifications, type NotificationDraft } from "./create.ts";
export { notifyReactivated } from "./lifecycle-events.ts";
export { deliverOutbox, type DeliveryResult } from "./deliver.ts";
export { listNotifications, unreadCount, markRead, markAllRead, type NotificationItem } from "./inbox.ts";
export { listOutbox, type OutboxItem } from "./outbox.ts";
