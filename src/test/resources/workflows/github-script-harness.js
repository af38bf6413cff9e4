// Runs a workflow's actions/github-script body against a fake GitHub, for WorkflowsTest.
// node github-script-harness.js SCRIPT SCENARIO: SCRIPT is the body, SCENARIO a JSON file with the pull
// request's head sha (headSha), the run's (runSha) and the comments already on the pull request. The
// working directory holds what the script reads. Prints the calls the script made, as JSON.
const fs = require('fs');
const [scriptFile, scenarioFile] = process.argv.slice(2);
const script = fs.readFileSync(scriptFile, 'utf8');
const scenario = JSON.parse(fs.readFileSync(scenarioFile, 'utf8'));
const calls = [];
const github = {
  rest: {
    pulls: { get: async () => ({ data: { head: { sha: scenario.headSha } } }) },
    issues: {
      listComments: 'issues.listComments',
      updateComment: async (p) => calls.push({ update: p.comment_id, body: p.body }),
      createComment: async (p) => calls.push({ create: p.issue_number, body: p.body }),
    },
  },
  paginate: async (method, params) => {
    if (method !== 'issues.listComments') throw new Error('unexpected paginate ' + method);
    calls.push({ listed: params.issue_number });
    return scenario.comments;
  },
};
const context = { repo: { owner: 'o', repo: 'r' }, payload: { workflow_run: { head_sha: scenario.runSha } } };
const core = {
  setFailed: (m) => calls.push({ failed: m }),
  info: (m) => calls.push({ info: m }),
};
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('require', 'github', 'context', 'core', script)(require, github, context, core)
  .then(() => console.log(JSON.stringify(calls)), (e) => { console.error(e); process.exit(1); });
