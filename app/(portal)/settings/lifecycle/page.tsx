import type { Metadata } from "next";
import { loadLifecycleSettings } from "@/lib/lifecycle/settings";
import { LifecycleSettingsForm } from "@/components/lifecycle/lifecycle-settings-form";
import { requireSettingsSection } from "../require-section";
import { saveLifecycleSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Lifecycle settings" };

export default async function LifecycleSettingsPage() {
  const { org } = await requireSettingsSection("/settings/lifecycle");
  const s = await loadLifecycleSettings(org.id);
  return (
    <div className="max-w-2xl space-y-4">
      <div className="text-sm text-zinc-600">
        <h2 className="text-lg font-semibold text-zinc-900">Lifecycle</h2>
        <p className="mt-1">
          A secret not used for the inactivity period becomes Inactive and is deleted automatically after the grace
          period, unless it is used again. Reminders go to its owner (personal secrets) or to the people who manage it.
        </p>
      </div>
      <LifecycleSettingsForm
        defaults={{
          inactivityDays: String(s.inactivityDays),
          graceDays: String(s.graceDays),
          deletionReminderDays: s.deletionReminderDays.join(", "),
          expiryReminderDays: s.expiryReminderDays.join(", "),
        }}
        action={saveLifecycleSettingsAction}
      />
    </div>
  );
}
