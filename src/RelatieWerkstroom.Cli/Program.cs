using System.CommandLine;
using RelatieWerkstroom.Cli.Commands;
using RelatieWerkstroom.Cli.Hosting;

var root = new RootCommand("werkstroom — RelatieWerkstroom command line: validate, import and run workflows, compute legal deadlines, simulate a caseload, write reports")
{
    ValidateCommand.Create(),
    RunCommand.Create(),
    ImportCommand.Create(),
    ResumeCommand.Create(),
    DeadlineCommand.Create(),
    SimulateCommand.Create(),
    ReportCommand.Create(),
};
return await ErrorBoundary.InvokeAsync(root.Parse(args), Console.Error);
