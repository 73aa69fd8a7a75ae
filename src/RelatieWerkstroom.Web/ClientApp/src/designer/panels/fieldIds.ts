/** The DOM id of a property field, so a click on a problem can put the focus in it. */
export const fieldId = (activityId: string, path: string) =>
  `rw-field-${activityId}-${path}`.replace(/[^A-Za-z0-9_-]/g, '_');
