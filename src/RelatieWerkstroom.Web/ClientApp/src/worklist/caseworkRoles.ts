/** Casework roles that tasks in the workflows name (labels in translations: roles.<id>). */
export const caseworkRoles = ['consulent', 'jeugdconsulent', 'backoffice', 'klantcontact', 'teamleider', 'jurist', 'bezwaarcommissie'] as const;

