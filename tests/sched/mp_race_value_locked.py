# mp_race_value.py with the Value's lock held around each update.
import sys
sys.argv.append('locked')
exec(open('mp_race_value.py').read())
