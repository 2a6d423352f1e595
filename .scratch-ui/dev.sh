#!/bin/bash
cd /work/main
export DATABASE_URL=file:./data/ui-dev.db NEXTAUTH_SECRET=devsecretdevsecretdevsecret123456 NEXTAUTH_URL=http://127.0.0.1:3210 STRONGROOM_MASTER_KEYS=$(cat .scratch-ui/mk) STRONGROOM_MASTER_KEY_FILE= NEXT_TELEMETRY_DISABLED=1
exec node_modules/.bin/next dev -H 127.0.0.1 -p 3210
