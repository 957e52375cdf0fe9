def main():
    print 'inside a function'
main()
