import threading

main = threading.main_thread()
def child():
    main.join()  # waits for the thread that waits for it

t = threading.Thread(target=child, name='child')
t.start()
t.join()
