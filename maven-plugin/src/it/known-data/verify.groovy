def log = new File(basedir, 'build.log').text
// bundle: the data left home protects itself, and the log says what was read.
assert log.contains('nbexport: known data: 12 values from 2 files')
assert log =~ /\[ERROR\] notes\.md: .*known-data: 3 values of data\/customers\.csv \(column name\) appear here/
// verify: the data named by <knownData> (the notebooks alone are verified, so data/customers.csv is not read).
assert log =~ /\[ERROR\] review\.ipynb: line \d+, cell 0 \(id a\), \/cells\/0\/source: known-data: 1 value of .*crm.export\.csv \(column full_name\) appears here/
['Adeyemi', 'Lindgren', 'Bianchi', 'Watanabe'].each { assert !log.contains(it) : 'the log must never quote the data' }
return true
