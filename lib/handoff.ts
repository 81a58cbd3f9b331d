/** storage.session key under which the compose helper hands a draft to the builder. */
export const PENDING_BUILDER_KEY = 'pendingBuilder';

export interface PendingBuilder {
  body: string;
  at: number;
}

/** storage.session key: where the popup asks the side panel to open ({ target: PanelTarget, at }). */
export const PANEL_TARGET_KEY = 'panelTarget';
