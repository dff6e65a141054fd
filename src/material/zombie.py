#!/usr/bin/env python
#coding=utf8
import os, sys, time
#产生子进程
pid = os.fork()
if pid == 0:
    #子进程退出
    sys.exit(0)
#父进程休息30秒
time.sleep(30)
# 先产生一个子进程,子进程退出,父进程休息30秒,那就会产生一个僵尸进程
