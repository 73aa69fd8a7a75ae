/** Type names the designer has dedicated editors or port rules for. */
export const ActivityTypes = {
  start: "Elsa.Start",
  end: "Elsa.End",
  flowDecision: "Elsa.FlowDecision",
  flowSwitch: "Elsa.FlowSwitch",
  flowFork: "Elsa.FlowFork",
  flowJoin: "Elsa.FlowJoin",
  setVariable: "Elsa.SetVariable",
  humanTask: "RelatieWerkstroom.HumanTask",
  discretionPoint: "RelatieWerkstroom.DiscretionPoint",
  legalClock: "RelatieWerkstroom.LegalClock",
  serviceStep: "RelatieWerkstroom.ServiceStep",
} as const;

export const DefaultHumanTaskAction = "Gereed";
export const DefaultOutcome = "Done";
