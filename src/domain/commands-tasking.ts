/**
 * Registry entries for the daily tasking meeting record (the chair's only).
 * Merged into COMMANDS in commands.ts; see its header for how to add one.
 * What the meeting does to calls (discussed, an action, closing) runs
 * through the calls' own commands and repositories, never through these.
 */
import { z } from 'zod';
import type { Grant } from './access';
import { command } from './command-def';
import { closeMeeting, recordMeetingItem } from './rules/tasking-meeting';
import { optionalText, uuid } from './schemas/common';
import { MEETING_DECISIONS, MEETING_ITEM_KINDS, MEETING_NOTE_MAX } from './schemas/tasking';

const CHAIR: Grant = { roles: ['chair'] };

export const TASKING_COMMANDS = {
  'meeting.record': command({
    table: 'taskingMeetings',
    args: z.object({
      key: z.string().min(1).max(120),
      kind: z.enum(MEETING_ITEM_KINDS, { error: 'Select the kind of agenda item' }),
      callId: uuid('Call').optional(),
      decision: z.enum(MEETING_DECISIONS, { error: 'Select what was decided' }),
      note: optionalText('Note', MEETING_NOTE_MAX),
    }),
    needs: {},
    grant: CHAIR,
    rule: recordMeetingItem,
  }),
  'meeting.close': command({
    table: 'taskingMeetings',
    args: z.object({}),
    needs: {},
    grant: CHAIR,
    rule: closeMeeting,
  }),
};
