// What an earlier build left: the bundle goal's draft from a refusal, and the verify goal's draft.
def reports = new File(basedir, 'target/nbexport')
reports.mkdirs()
new File(reports, 'bundle.accepted.yaml').text = '# a draft an earlier, refused bundle wrote\n'
new File(reports, 'verify.accepted.yaml').text = '# a draft the verify goal wrote, its reasons being filled in\n'
return true
