import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { ScopeNote } from '@/components/ScopeNote';
import { Tabs, type TabDef } from '@/components/Tabs';
import type { PanelTarget, TemplateId } from '@/lib/content';
import { PANEL_TARGET_KEY, PENDING_BUILDER_KEY, type PendingBuilder } from '@/lib/handoff';
import { ChecklistView } from './ChecklistView';
import { DraftsView } from './DraftsView';
import { FlowsView } from './FlowsView';
import { HistoryView } from './HistoryView';
import { ProblemsView } from './ProblemsView';
import { SettingsView } from './SettingsView';
import { TemplatesView } from './TemplatesView';
import { pullSync } from './sync';
import { TodayView } from './TodayView';
import { getDb, readSettings } from '@/lib/db';
import { now } from '@/lib/clock';

type View = 'today' | 'templates' | 'problems' | 'checklist' | 'flows' | 'drafts' | 'history' | 'settings';

const TABS: TabDef<View>[] = [
  { id: 'today', label: 'Today' },
  { id: 'templates', label: 'Templates' },
  { id: 'problems', label: 'Experiments' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'flows', label: 'Flows' },
  { id: 'drafts', label: 'Drafts' },
  { id: 'history', label: 'History' },
  { id: 'settings', label: 'Settings' },
];

export function App() {
  const [view, setView] = useState<View>('today');
  const [template, setTemplate] = useState<string>('clean-request');
  const [draft, setDraft] = useState<string>();

  // With sync on, take what the user's other browsers sent.
  useEffect(() => {
    void readSettings(getDb()).then(async (s) => {
      if (s.syncEnabled) await pullSync(getDb(), now()).catch(() => undefined);
    });
  }, []);

  // The popup and the compose helper can ask the panel to open somewhere.
  useEffect(() => {
    const take = async () => {
      const found = await browser.storage.session.get([PANEL_TARGET_KEY, PENDING_BUILDER_KEY]);
      const target = (found[PANEL_TARGET_KEY] as { target: PanelTarget } | undefined)?.target;
      const pending = found[PENDING_BUILDER_KEY] as PendingBuilder | undefined;
      if (pending) {
        setDraft(pending.body);
        setTemplate('clean-request');
        setView('templates');
      } else if (target) {
        if (target.view === 'templates') setTemplate(target.templateId);
        setView(target.view);
      }
      if (target || pending) await browser.storage.session.remove([PANEL_TARGET_KEY, PENDING_BUILDER_KEY]);
    };
    void take();
    const onChange = (_: unknown, area: string) => area === 'session' && void take();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const openTemplate = (id: TemplateId) => {
    setTemplate(id);
    setView('templates');
  };

  return (
    <main className="stack" style={{ padding: 14 }}>
      <Brand subtitle="Workbench" />
      <Tabs tabs={TABS} current={view} onChange={setView}>
        {view === 'today' && <TodayView />}
        {view === 'templates' && <TemplatesView templateId={template} onTemplate={setTemplate} draft={draft} />}
        {view === 'problems' && <ProblemsView onOpen={openTemplate} />}
        {view === 'checklist' && <ChecklistView />}
        {view === 'flows' && <FlowsView onRebalance={() => openTemplate('rebalance-role')} />}
        {view === 'drafts' && <DraftsView />}
        {view === 'history' && <HistoryView />}
        {view === 'settings' && <SettingsView />}
      </Tabs>
      <ScopeNote />
    </main>
  );
}
