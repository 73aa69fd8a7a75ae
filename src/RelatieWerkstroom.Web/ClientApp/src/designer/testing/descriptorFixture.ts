import type { ActivityDescriptor, InputDescriptor } from "../model/descriptors";

/** Test descriptors in the shape of `/api/activity-descriptors`, for the types the reference workflows use. */
const input = (name: string, extra: Partial<InputDescriptor> = {}): InputDescriptor => ({
  name,
  typeName: "String",
  displayName: name,
  uiHint: "singleline",
  required: false,
  supportsExpressions: true,
  ...extra,
});

const descriptor = (typeName: string, category: string, extra: Partial<ActivityDescriptor> = {}): ActivityDescriptor => ({
  typeName,
  category,
  displayName: typeName.split(".").pop()!,
  inputs: [],
  outputs: [],
  outcomes: ["Done"],
  dynamicOutcomes: false,
  blocking: false,
  terminal: false,
  ...extra,
});

export const fixtureDescriptors: ActivityDescriptor[] = [
  descriptor("Elsa.Start", "Flow"),
  descriptor("Elsa.End", "Flow", { outcomes: [], terminal: true }),
  descriptor("Elsa.FlowDecision", "Branching", { outcomes: ["True", "False"], inputs: [input("condition", { typeName: "Boolean", uiHint: "code", required: true })] }),
  descriptor("Elsa.FlowSwitch", "Branching", { dynamicOutcomes: true }),
  descriptor("Elsa.FlowFork", "Flow", { dynamicOutcomes: true, inputs: [input("branches", { typeName: "String[]", uiHint: "list" })] }),
  descriptor("Elsa.FlowJoin", "Flow", { inputs: [input("mode", { uiHint: "dropdown", options: ["WaitAny", "WaitAll", "WaitAllActive"] })] }),
  descriptor("Elsa.FlowNode", "Flow"),
  descriptor("Elsa.Delay", "Scheduling", { blocking: true, inputs: [input("timeSpan", { typeName: "TimeSpan", uiHint: "duration", required: true })] }),
  descriptor("Elsa.Event", "Primitives", { blocking: true, inputs: [input("eventName", { required: true })] }),
  descriptor("Elsa.SetVariable", "Primitives"),
  descriptor("Elsa.ExecuteWorkflow", "Composition", { blocking: true }),
  descriptor("RelatieWerkstroom.HumanTask", "Casework", {
    dynamicOutcomes: true,
    blocking: true,
    inputs: [input("title", { required: true }), input("role", { required: true }), input("actions", { typeName: "String[]", uiHint: "list" })],
  }),
  descriptor("RelatieWerkstroom.DiscretionPoint", "Casework", {
    dynamicOutcomes: true,
    blocking: true,
    inputs: [input("question", { required: true }), input("options", { typeName: "Object", uiHint: "json", required: true }),
      input("defaultOption", { required: true }), input("legalBasis", { required: true })],
  }),
  descriptor("RelatieWerkstroom.LegalClock", "Casework", {
    inputs: [input("action", { uiHint: "dropdown", options: ["start", "suspend", "resume", "extend", "stop"], required: true }), input("clock", { required: true })],
  }),
  descriptor("RelatieWerkstroom.ServiceStep", "Casework", { dynamicOutcomes: true, inputs: [input("request", { required: true })] }),
];
